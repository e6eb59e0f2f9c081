/* lt-cli.c: lettrine-cli — placeholder until issue 3 lands its commands */
int
main (int argc, char **argv)
{
  return 0;
}
