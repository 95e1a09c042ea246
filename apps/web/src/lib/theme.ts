export type Theme = 'light' | 'dark';
export const THEME_KEY = 'lvs-theme';

/** Runs before hydration (inline in <head>): a saved theme without a flash of the other one. */
export const THEME_BOOT = `try{var t=localStorage.getItem('${THEME_KEY}');if(t==='light'||t==='dark')document.documentElement.setAttribute('data-theme',t)}catch(e){}`;
