'use client';
import { useEffect, useState } from 'react';

/** The page's theme (data-theme on <html>), so a canvas chart redraws its colours when it flips. */
export function useDataTheme(): string {
  const [theme, setTheme] = useState('');
  useEffect(() => {
    const el = document.documentElement;
    const read = () => setTheme(el.getAttribute('data-theme') ?? '');
    read();
    const mo = new MutationObserver(read);
    mo.observe(el, { attributes: true, attributeFilter: ['data-theme'] });
    return () => mo.disconnect();
  }, []);
  return theme;
}
