/* test-step-wording.c: the client's wording of a step derived from the cabinet's (« Demander X » → « Transmettre X ») */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "lt-step-wording.h"

static void
check (const char *title,
       const char *client_title,
       const char *expected)
{
  g_autofree char *got = lt_step_client_wording (title, client_title);

  g_assert_cmpstr (got, ==, expected);
}

static void
test_default (void)
{
  check ("Demander les statuts", NULL, "Transmettre les statuts");
  check ("demander le Kbis", "", "Transmettre le Kbis");
  check ("  Demander l’inventaire des stocks  ", NULL, "Transmettre l’inventaire des stocks");
  check ("DEMANDER les relevés", NULL, "Transmettre les relevés");
  check ("Réclamer la liasse N-1", NULL, "Transmettre la liasse N-1");
  check ("Obtenir le RIB", NULL, "Transmettre le RIB");
  check ("Récupérer la lettre de fin de mission", NULL, "Transmettre la lettre de fin de mission");
  check ("Faire signer le procès-verbal", NULL, "Signer le procès-verbal");
  check ("Faire valider le bilan", NULL, "Valider le bilan");
  /* no verb to turn: the same words on both sides */
  check ("Relevés bancaires du mois", NULL, "Relevés bancaires du mois");
  /* a word that only starts like the verb is not the verb */
  check ("Demandeur d’emploi : attestation", NULL, "Demandeur d’emploi : attestation");
  /* the verb alone has no object to transmit */
  check ("Demander", NULL, "Demander");
  check (NULL, NULL, "");
}

static void
test_typed_wins (void)
{
  check ("Demander les statuts", "Nous envoyer vos statuts à jour", "Nous envoyer vos statuts à jour");
  check ("Demander les statuts", "   ", "Transmettre les statuts");
  check ("Demander les statuts", "  Déposer les statuts  ", "Déposer les statuts");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/step-wording/default", test_default);
  g_test_add_func ("/step-wording/typed-wins", test_typed_wins);

  return g_test_run ();
}
