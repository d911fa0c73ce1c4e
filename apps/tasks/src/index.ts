// An async boundary: shared singletons are negotiated with the shell before any of them is used.
void import('./bootstrap');
