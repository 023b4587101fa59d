/** Tailwind classes shared by the signature panel's controls. */
export const FIELD_CLASS =
  'w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 font-mono text-sm text-slate-900 focus:outline-none focus:ring-2 focus:ring-sky-600 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100';

export const LABEL_CLASS = 'text-sm font-medium text-slate-800 dark:text-slate-200';

export const HELP_CLASS = 'text-xs text-slate-600 dark:text-slate-400';

export const BUTTON_CLASS =
  'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100 focus:outline-none focus:ring-2 focus:ring-sky-600 disabled:opacity-60 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700';

export const PRIMARY_BUTTON_CLASS =
  'rounded-md bg-sky-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-sky-800 focus:outline-none focus:ring-2 focus:ring-sky-600 focus:ring-offset-2 disabled:opacity-60 dark:hover:bg-sky-800 dark:focus:ring-offset-slate-900';
