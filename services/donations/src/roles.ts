/** Who may change the desk's records (ADMIN always may); everyone signed in may read within their scope. */
export const DESK = ['DONATIONS_OFFICER'] as const;
