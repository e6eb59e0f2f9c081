/* lt-views.c: placeholder until the shell lands (issue 2) */
int lt_views_placeholder;
