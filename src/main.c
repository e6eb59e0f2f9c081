/* main.c: placeholder until the application shell lands (issue 2) */
int
main (int argc, char **argv)
{
  return 0;
}
