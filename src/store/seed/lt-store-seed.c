/* lt-store-seed.c: a synthetic cabinet of any size, written fast, for benchmarks and trials */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lt-store-seed"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lt-error.h"
#include "lt-project-rules.h"
#include "lt-store-private.h"
#include "lt-store-seed.h"
#include "lt-store-task-status-private.h"
#include "lt-text.h"

#define BATCH 10000
/* Batches between two checkpoints: the WAL stays under a few hundred MB
 * (without them 2,000,000 tâches left a 7 GB WAL). */
#define BATCHES_PER_CHECKPOINT 10
#define N_STAFF 8

static const char * const trades[] = {
  "Boulangerie", "Garage", "Menuiserie", "Pharmacie", "Société", "Éditions", "Atelier",
  "Transports", "Cabinet", "Brasserie", "Imprimerie", "Plomberie", "Librairie", "Fromagerie",
  "Agence", "Hôtel", "Épicerie", "Électricité", "Charpente", "Café",
};

static const char * const surnames[] = {
  "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
  "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
  "Vincent", "Fournier", "Morel", "Girard", "André", "Lefebvre", "Mercier", "Dupont",
  "Lambert", "Bonnet", "François", "Martinez", "Légaré", "Chabert", "Bénard", "Férrand",
};

static const char * const first_names[] = {
  "Anne", "Thomas", "Élodie", "Marc", "Céline", "Jérôme", "Nadia", "Karim", "Hélène", "Loïc",
};

static const char * const forms[] = { "SARL", "SAS", "SASU", "EURL", "SCI", "EI", "SELARL" };

static const struct {
  const char *postal_code;
  const char *city;
} cities[] = {
  { "69001", "Lyon" }, { "69100", "Villeurbanne" }, { "69130", "Écully" }, { "42000", "Saint-Étienne" },
  { "38000", "Grenoble" }, { "69200", "Vénissieux" }, { "01000", "Bourg-en-Bresse" },
  { "73000", "Chambéry" }, { "26000", "Valence" }, { "69400", "Villefranche-sur-Saône" },
};

static const char * const activities[] = {
  "Commerce de détail", "Restauration traditionnelle", "Travaux de menuiserie",
  "Location de biens immobiliers", "Conseil en gestion", "Transport routier de marchandises",
  "Édition de livres", "Réparation automobile",
};

static const char * const year_ends[] = { "12-31", "12-31", "12-31", "06-30", "09-30", "03-31" };

static const char * const staff_names[N_STAFF] = {
  "Claire Fontaine", "Julien Marchand", "Amina Benali", "Lucas Perret",
  "Sophie Garnier", "Hugo Lemoine", "Inès Carpentier", "Théo Barbier",
};

/* Titles of the suivi: (kind, title). */
static const struct {
  const char *kind;
  const char *title;
} task_titles[] = {
  { "request", "Demander les relevés bancaires du mois" },
  { "request", "Demander les factures d’achat et de vente" },
  { "task",    "Saisir les pièces" },
  { "task",    "Faire le rapprochement bancaire" },
  { "task",    "Établir la déclaration de TVA" },
  { "request", "Demander l’inventaire des stocks" },
  { "task",    "Réviser les comptes" },
  { "task",    "Établir les comptes annuels" },
  { "task",    "Établir la liasse fiscale" },
  { "task",    "Présenter le bilan au dirigeant" },
  { "request", "Demander le Kbis" },
  { "request", "Demander les statuts" },
  { "task",    "Paramétrer le dossier" },
  { "task",    "Récupérer la lettre de fin de mission du confrère" },
  { "task",    "Préparer les bulletins de paie" },
  { "task",    "Déposer les comptes au greffe" },
};

/* A prestation of the synthetic catalogue: its steps chain in order. */
static const struct {
  const char *category;
  const char *name;
  gint64      price_cents;
  const char *recurrence;
  const char *steps[4];
} catalogue[] = {
  { "Administratif", "Entrée en relation", 35000, "none",
    { "Récupérer la lettre de fin de mission du confrère", "Demander les statuts", "Demander le Kbis", "Paramétrer le dossier" } },
  { "Comptabilité", "Tenue comptable mensuelle", 18000, "monthly",
    { "Demander les relevés bancaires du mois", "Saisir les pièces", "Faire le rapprochement bancaire", "Établir la déclaration de TVA" } },
  { "Comptabilité", "Bilan annuel", 180000, "yearly",
    { "Demander l’inventaire des stocks", "Réviser les comptes", "Établir les comptes annuels", "Établir la liasse fiscale" } },
  { "Administratif", "Secrétariat juridique annuel", 45000, "yearly",
    { "Rédiger le procès-verbal d’approbation", "Faire signer le procès-verbal", "Déposer les comptes au greffe", NULL } },
};

typedef struct {
  LtStore  *store;
  guint     pending;   /* rows written in the open batch */
  guint     commits;
} Batch;

static gboolean
batch_row (Batch   *batch,
           GError **error)
{
  if (++batch->pending < BATCH)
    return TRUE;

  batch->pending = 0;
  if (!lt_store_commit (batch->store, error))
    return FALSE;
  /* between transactions, the WAL copied into the database and emptied */
  if (++batch->commits % BATCHES_PER_CHECKPOINT == 0 &&
      !lt_store_exec (batch->store, "PRAGMA wal_checkpoint(TRUNCATE)", error))
    return FALSE;
  return lt_store_begin (batch->store, error);
}

static gboolean
step_done (LtStore       *self,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  int rc = lt_store_step (self, stmt);

  sqlite3_reset (stmt);
  return lt_store_check_step (self, rc, error);
}

/* The Luhn key that makes @eight digits a valid SIREN. */
static char
luhn_key (const char *eight)
{
  for (char key = '0'; key <= '9'; key++)
    {
      int sum = 0;

      for (int i = 0; i < 9; i++)
        {
          int d = (i < 8 ? eight[i] : key) - '0';

          /* From the right, every second digit is doubled: positions 1, 3, 5, 7 from the left. */
          if (i % 2 == 1 && (d *= 2) > 9)
            d -= 9;
          sum += d;
        }

      if (sum % 10 == 0)
        return key;
    }

  g_assert_not_reached ();
}

static char *
iso_date (GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
}

static gint64
select_int (LtStore     *self,
            const char  *sql,
            const char  *text,
            GError     **error)
{
  sqlite3_stmt *stmt = lt_store_prepare (self, sql, error);
  gint64 value = 0;
  int rc;

  if (stmt == NULL)
    return -1;
  if (text != NULL)
    lt_store_bind_text (stmt, 1, text);
  rc = lt_store_step (self, stmt);
  if (rc == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && !lt_store_check_step (self, rc, error))
    return -1;

  return value;
}

/* The firm, intervenants and catalogue, when the database has none. */
static gboolean
seed_cabinet (LtStore  *self,
              GArray   *staff_ids,
              GError  **error)
{
  sqlite3_stmt *stmt;
  gint64 n;

  if ((n = select_int (self, "SELECT COUNT (*) FROM firm", NULL, error)) < 0)
    return FALSE;
  if (n == 0)
    {
      if (!lt_store_exec (self,
                          "INSERT INTO firm (id, name, legal_form, address, postal_code, city, siren, rcs, ordre, "
                          "vat_number, insurance, signatory_name) VALUES (1, 'Cabinet Synthèse', 'SAS', "
                          "'1 place Bellecour', '69002', 'Lyon', '910433218', 'RCS Lyon 910 433 218', "
                          "'Conseil régional Auvergne-Rhône-Alpes', 'FR50910433218', 'MMA IARD n° 1', "
                          "'Claire Fontaine, expert-comptable')",
                          error))
        return FALSE;
    }

  if ((n = select_int (self, "SELECT COUNT (*) FROM staff WHERE active = 1", NULL, error)) < 0)
    return FALSE;
  if (n == 0)
    {
      for (guint i = 0; i < N_STAFF; i++)
        {
          g_autofree char *email = NULL;

          if (!(stmt = lt_store_prepare (self, "INSERT INTO staff (name, email, weekly_hours, search_key) VALUES (?1, ?2, ?3, lt_fold (?1))", error)))
            return FALSE;
          email = g_strdup_printf ("intervenant%u@cabinet-synthese.fr", i + 1);
          lt_store_bind_text (stmt, 1, staff_names[i]);
          lt_store_bind_text (stmt, 2, email);
          sqlite3_bind_int (stmt, 3, i % 4 == 3 ? 28 : 35);
          if (!step_done (self, stmt, error))
            return FALSE;
        }
    }

  {
    g_autoptr(sqlite3_stmt) ids = NULL;
    int rc = sqlite3_prepare_v2 (lt_store_get_db (self), "SELECT id FROM staff WHERE active = 1 ORDER BY id", -1, &ids, NULL);

    if (!lt_store_check_step (self, rc, error))
      return FALSE;
    while ((rc = sqlite3_step (ids)) == SQLITE_ROW)
      {
        gint64 id = sqlite3_column_int64 (ids, 0);
        g_array_append_val (staff_ids, id);
      }
    if (!lt_store_check_step (self, rc, error))
      return FALSE;
  }

  if ((n = select_int (self, "SELECT COUNT (*) FROM prestations", NULL, error)) < 0)
    return FALSE;
  if (n > 0)
    return TRUE;

  for (guint p = 0; p < G_N_ELEMENTS (catalogue); p++)
    {
      gint64 category_id, prestation_id, previous_step = 0;
      g_autofree char *key = lt_text_fold (catalogue[p].name);

      if (!(stmt = lt_store_prepare (self, "INSERT OR IGNORE INTO categories (name, position) VALUES (?, ?)", error)))
        return FALSE;
      lt_store_bind_text (stmt, 1, catalogue[p].category);
      sqlite3_bind_int (stmt, 2, p);
      if (!step_done (self, stmt, error))
        return FALSE;
      if ((category_id = select_int (self, "SELECT id FROM categories WHERE name = ?", catalogue[p].category, error)) < 0)
        return FALSE;

      if (!(stmt = lt_store_prepare (self,
                                     "INSERT INTO prestations (category_id, name, price_cents, recurrence, search_key) "
                                     "VALUES (?, ?, ?, ?, ?)", error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, category_id);
      lt_store_bind_text (stmt, 2, catalogue[p].name);
      sqlite3_bind_int64 (stmt, 3, catalogue[p].price_cents);
      lt_store_bind_text (stmt, 4, catalogue[p].recurrence);
      lt_store_bind_text (stmt, 5, key);
      if (!step_done (self, stmt, error))
        return FALSE;
      prestation_id = sqlite3_last_insert_rowid (lt_store_get_db (self));

      if (!(stmt = lt_store_prepare (self, "UPDATE prestations SET family_id = id WHERE id = ?", error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, prestation_id);
      if (!step_done (self, stmt, error))
        return FALSE;

      for (guint s = 0; s < G_N_ELEMENTS (catalogue[p].steps) && catalogue[p].steps[s] != NULL; s++)
        {
          const char *title = catalogue[p].steps[s];
          gint64 step_id;

          if (!(stmt = lt_store_prepare (self,
                                         "INSERT INTO steps (prestation_id, kind, title, delay_days, position, x, y) "
                                         "VALUES (?, ?, ?, ?, ?, ?, 0)", error)))
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, prestation_id);
          lt_store_bind_text (stmt, 2, g_str_has_prefix (title, "Demander") ? "request" : "task");
          lt_store_bind_text (stmt, 3, title);
          sqlite3_bind_int (stmt, 4, 2 + s);
          sqlite3_bind_int (stmt, 5, s);
          sqlite3_bind_double (stmt, 6, 320.0 * s);
          if (!step_done (self, stmt, error))
            return FALSE;
          step_id = sqlite3_last_insert_rowid (lt_store_get_db (self));

          if (previous_step != 0)
            {
              if (!(stmt = lt_store_prepare (self, "INSERT INTO step_links (from_step_id, to_step_id) VALUES (?, ?)", error)))
                return FALSE;
              sqlite3_bind_int64 (stmt, 1, previous_step);
              sqlite3_bind_int64 (stmt, 2, step_id);
              if (!step_done (self, stmt, error))
                return FALSE;
            }
          previous_step = step_id;
        }
    }

  return TRUE;
}

static gboolean seed_all (LtStore  *self,
                          guint     n_affaires,
                          guint     n_tasks,
                          GError  **error);

gboolean
lt_store_seed (LtStore  *self,
               guint     n_affaires,
               guint     n_tasks,
               GError  **error)
{
  gint64 cache_size, synchronous;
  gboolean ok;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  if (!lt_store_check_writable (self, error))
    return FALSE;

  /* Random due dates land all over the tasks' indexes: a page cache that
   * holds them saves most of the time. Restored below. */
  {
    sqlite3_stmt *stmt = lt_store_prepare (self, "PRAGMA cache_size", error);

    if (stmt == NULL)
      return FALSE;
    cache_size = lt_store_step (self, stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : -2000;
    sqlite3_reset (stmt);
    if (!(stmt = lt_store_prepare (self, "PRAGMA synchronous", error)))
      return FALSE;
    synchronous = lt_store_step (self, stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 2;
    sqlite3_reset (stmt);
  }
  /* A checkpoint every BATCHES_PER_CHECKPOINT batches rather than one every
   * 4 MB of WAL; the commits between them not synced one by one (NORMAL: in
   * WAL mode, a crash may lose the last batches, never corrupt the file),
   * the checkpoints are. */
  if (!lt_store_exec (self, "PRAGMA cache_size = -131072; PRAGMA wal_autocheckpoint = 0; "
                      "PRAGMA synchronous = NORMAL", error))
    return FALSE;

  ok = seed_all (self, n_affaires, n_tasks, error);

  {
    g_autofree char *restore = g_strdup_printf ("PRAGMA cache_size = %" G_GINT64_FORMAT "; "
                                                "PRAGMA wal_autocheckpoint = 1000; "
                                                "PRAGMA synchronous = %" G_GINT64_FORMAT, cache_size, synchronous);
    lt_store_exec (self, restore, NULL);
    if (ok)
      lt_store_exec (self, "PRAGMA wal_checkpoint(TRUNCATE)", NULL);
  }

  return ok;
}

static gboolean
seed_all (LtStore  *self,
          guint     n_affaires,
          guint     n_tasks,
          GError  **error)
{
  g_autoptr(GArray) staff_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) clients = g_array_new (FALSE, FALSE, sizeof (gint64));    /* affaire ids */
  g_autoptr(GArray) projects = g_array_new (FALSE, FALSE, sizeof (gint64));   /* one per client */
  g_autoptr(GArray) last_task = NULL;                                         /* per client */
  g_autoptr(GArray) last_pred = NULL;                                         /* per client, as a predecessor */
  g_autofree char **title_keys = NULL;
  g_autoptr(GRand) rand = NULL;
  Batch batch = { self, 0 };
  gint64 offset;

  if (!lt_store_begin (self, error))
    return FALSE;

  if (!seed_cabinet (self, staff_ids, error))
    goto fail;

  /* SIRENs 1xxxxxxxK from the rows already there: unique across seeds. */
  if ((offset = select_int (self, "SELECT COALESCE (MAX (id), 0) FROM affaires", NULL, error)) < 0)
    goto fail;
  rand = g_rand_new_with_seed (20260101 + (guint32) offset);

  if (n_tasks > 0 && n_affaires == 0)
    {
      g_set_error (error, LT_ERROR, LT_ERROR_FAILED, _("Tasks need affaires: ask for at least one affaire."));
      goto fail;
    }

  for (guint i = 0; i < n_affaires; i++)
    {
      const char *trade = trades[g_rand_int_range (rand, 0, G_N_ELEMENTS (trades))];
      const char *surname = surnames[g_rand_int_range (rand, 0, G_N_ELEMENTS (surnames))];
      const char *form = forms[g_rand_int_range (rand, 0, G_N_ELEMENTS (forms))];
      guint c = g_rand_int_range (rand, 0, G_N_ELEMENTS (cities));
      /* Clients first in each ten, so even a small seed has some. */
      gboolean client = (i % 10) < 6;
      gint64 staff = g_array_index (staff_ids, gint64, g_rand_int_range (rand, 0, staff_ids->len));
      char siren[10];
      g_autofree char *eight = g_strdup_printf ("1%07u", (guint) ((offset + i) % 10000000));
      g_autofree char *name = g_strdup_printf ("%s %s %s", trade, surname, form);
      g_autofree char *address = g_strdup_printf ("%u rue %s", g_rand_int_range (rand, 1, 120), surnames[i % G_N_ELEMENTS (surnames)]);
      g_autofree char *key_text = NULL;
      g_autofree char *key = NULL;
      g_autofree char *director = NULL;
      g_autofree char *email = NULL;
      sqlite3_stmt *stmt;
      gint64 affaire_id;

      memcpy (siren, eight, 8);
      siren[8] = luhn_key (eight);
      siren[9] = '\0';
      key_text = g_strjoin (" ", name, siren, cities[c].city, NULL);
      key = lt_text_fold (key_text);

      if (!(stmt = lt_store_prepare (self,
                                     "INSERT INTO affaires (state, name, siren, legal_form, address, postal_code, city, "
                                     "activity, fiscal_year_end, director, lcbft_identified_on, lcbft_identified_by, "
                                     "beneficial_owner, vigilance, search_key, letter_outside_date, letter_outside_reference) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?16, "
                                     "        CASE WHEN ?16 IS NULL THEN '' ELSE 'LM-' || ?3 END)", error)))
        goto fail;

      director = g_strdup_printf ("%s %s", first_names[g_rand_int_range (rand, 0, G_N_ELEMENTS (first_names))], surname);

      lt_store_bind_text (stmt, 1, client ? "client" : "prospect");
      lt_store_bind_text (stmt, 2, name);
      lt_store_bind_text (stmt, 3, siren);
      lt_store_bind_text (stmt, 4, form);
      lt_store_bind_text (stmt, 5, address);
      lt_store_bind_text (stmt, 6, cities[c].postal_code);
      lt_store_bind_text (stmt, 7, cities[c].city);
      lt_store_bind_text (stmt, 8, activities[g_rand_int_range (rand, 0, G_N_ELEMENTS (activities))]);
      lt_store_bind_text (stmt, 9, year_ends[g_rand_int_range (rand, 0, G_N_ELEMENTS (year_ends))]);
      lt_store_bind_text (stmt, 10, director);
      lt_store_bind_text (stmt, 11, client ? "2025-11-03" : NULL);
      lt_store_bind_id (stmt, 12, client ? staff : 0);
      lt_store_bind_text (stmt, 13, client ? director : "");
      lt_store_bind_text (stmt, 14, "standard");
      lt_store_bind_text (stmt, 15, key);
      /* A seeded client is an imported one: its letter is outside Lettrine. */
      lt_store_bind_text (stmt, 16, client ? "2025-11-03" : NULL);
      if (!step_done (self, stmt, error))
        goto fail;
      affaire_id = sqlite3_last_insert_rowid (lt_store_get_db (self));

      if (!(stmt = lt_store_prepare (self,
                                     "INSERT INTO contacts (affaire_id, name, role, email, is_signatory) "
                                     "VALUES (?, ?, ?, ?, 1)", error)))
        goto fail;
      email = g_strdup_printf ("contact%" G_GINT64_FORMAT "@example.fr", affaire_id);
      sqlite3_bind_int64 (stmt, 1, affaire_id);
      lt_store_bind_text (stmt, 2, director);
      lt_store_bind_text (stmt, 3, "Gérant");
      lt_store_bind_text (stmt, 4, email);
      if (!step_done (self, stmt, error))
        goto fail;

      if (client)
        {
          gint64 project_id;

          if (!(stmt = lt_store_prepare (self,
                                         "INSERT INTO projects (affaire_id, name, start_date, end_date, staff_id, generated) "
                                         "VALUES (?, 'Mission 2026', '2026-01-01', '2026-12-31', ?, 1)", error)))
            goto fail;
          sqlite3_bind_int64 (stmt, 1, affaire_id);
          sqlite3_bind_int64 (stmt, 2, staff);
          if (!step_done (self, stmt, error))
            goto fail;
          project_id = sqlite3_last_insert_rowid (lt_store_get_db (self));

          g_array_append_val (clients, affaire_id);
          g_array_append_val (projects, project_id);
        }

      if (!batch_row (&batch, error))
        goto fail_no_rollback;
    }

  /* Tasks: folded titles computed once. */
  title_keys = g_new0 (char *, G_N_ELEMENTS (task_titles) + 1);
  for (guint t = 0; t < G_N_ELEMENTS (task_titles); t++)
    title_keys[t] = lt_text_fold (task_titles[t].title);

  last_task = g_array_sized_new (FALSE, TRUE, sizeof (gint64), clients->len);
  g_array_set_size (last_task, clients->len);
  last_pred = g_array_sized_new (FALSE, TRUE, sizeof (LtTaskPredecessor), clients->len);
  g_array_set_size (last_pred, clients->len);

  for (guint i = 0; i < n_tasks && clients->len > 0; i++)
    {
      guint owner = g_rand_int_range (rand, 0, clients->len);
      guint t = g_rand_int_range (rand, 0, G_N_ELEMENTS (task_titles));
      gboolean request = g_str_equal (task_titles[t].kind, "request");
      int delay = g_rand_int_range (rand, 0, 15);
      g_autoptr(GDate) start = g_date_new_dmy (1, G_DATE_JANUARY, 2026);
      g_autoptr(GDate) due = NULL;
      g_autofree char *start_iso = NULL;
      g_autofree char *due_iso = NULL;
      g_autofree char *period = NULL;
      gboolean done = g_rand_int_range (rand, 0, 3) == 0;
      gint64 task_id, previous, staff;
      gboolean linked;
      LtTaskStatus status;
      sqlite3_stmt *stmt;

      g_date_add_days (start, g_rand_int_range (rand, 0, 350));
      due = g_date_copy (start);
      g_date_add_days (due, delay);
      start_iso = iso_date (start);
      due_iso = iso_date (due);
      period = g_strdup_printf ("2026-%02u", g_date_get_month (start));

      /* Links only go from an older task to a newer one: never a cycle. The
       * status is the rule's from the start (the predecessor is written and
       * the link is known), so the final pass over every task writes nothing.
       * Drawn in the order of the first version: the same cabinet as before. */
      staff = g_array_index (staff_ids, gint64, g_rand_int_range (rand, 0, staff_ids->len));
      previous = g_array_index (last_task, gint64, owner);
      linked = previous != 0 && g_rand_int_range (rand, 0, 10) < 6;
      status = lt_project_rules_task_status (request ? LT_STEP_KIND_REQUEST : LT_STEP_KIND_TASK, done, request,
                                             &g_array_index (last_pred, LtTaskPredecessor, owner), linked ? 1 : 0);

      if (!(stmt = lt_store_prepare (self,
                                     "INSERT INTO tasks (affaire_id, project_id, kind, title, period, staff_id, delay_days, "
                                     "start_date, due_date, done_on, sent_on, answered_on, search_key, status) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error)))
        goto fail;
      sqlite3_bind_int64 (stmt, 1, g_array_index (clients, gint64, owner));
      sqlite3_bind_int64 (stmt, 2, g_array_index (projects, gint64, owner));
      lt_store_bind_text (stmt, 3, task_titles[t].kind);
      lt_store_bind_text (stmt, 4, task_titles[t].title);
      lt_store_bind_text (stmt, 5, period);
      sqlite3_bind_int64 (stmt, 6, staff);
      sqlite3_bind_int (stmt, 7, delay);
      lt_store_bind_text (stmt, 8, start_iso);
      lt_store_bind_text (stmt, 9, due_iso);
      lt_store_bind_text (stmt, 10, done && !request ? due_iso : NULL);
      lt_store_bind_text (stmt, 11, request ? start_iso : NULL);
      lt_store_bind_text (stmt, 12, done && request ? due_iso : NULL);
      lt_store_bind_text (stmt, 13, title_keys[t]);
      lt_store_bind_text (stmt, 14, lt_enum_to_nick (LT_TYPE_TASK_STATUS, status));
      if (!step_done (self, stmt, error))
        goto fail;
      task_id = sqlite3_last_insert_rowid (lt_store_get_db (self));

      if (linked)
        {
          if (!(stmt = lt_store_prepare (self, "INSERT INTO task_links (from_task_id, to_task_id, lag_days) VALUES (?, ?, ?)", error)))
            goto fail;
          sqlite3_bind_int64 (stmt, 1, previous);
          sqlite3_bind_int64 (stmt, 2, task_id);
          sqlite3_bind_int (stmt, 3, g_rand_int_range (rand, 0, 3));
          if (!step_done (self, stmt, error))
            goto fail;
        }
      g_array_index (last_task, gint64, owner) = task_id;
      g_array_index (last_pred, LtTaskPredecessor, owner) =
        (LtTaskPredecessor) { NULL, request ? LT_STEP_KIND_REQUEST : LT_STEP_KIND_TASK, done };

      if (!batch_row (&batch, error))
        goto fail_no_rollback;
    }

  /* the tasks were written raw: their statuses by the rule, all at once */
  if (!lt_store_task_status_refresh_all (self, error))
    goto fail;

  for (guint t = 0; title_keys != NULL && t < G_N_ELEMENTS (task_titles); t++)
    g_free (title_keys[t]);

  return lt_store_commit (self, error);

fail:
  lt_store_rollback (self);
fail_no_rollback:
  for (guint t = 0; title_keys != NULL && t < G_N_ELEMENTS (task_titles); t++)
    g_free (title_keys[t]);
  return FALSE;
}
