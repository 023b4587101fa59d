import { useEffect, useState } from 'react';
import { readTokenFromLocation, stripTokenParameters } from '../../jwt/fragment';
import { useDebuggerStore } from './debugger-store';

/**
 * Loads a token from `#token=` (or `#id_token=`, `#access_token=`) on arrival and whenever the
 * fragment changes. A token found in the query string is moved into the fragment, because the
 * query is sent to servers; the page shows a notice when the returned flag is true.
 */
export function useLocationToken(): boolean {
  const setInput = useDebuggerStore((state) => state.setInput);
  const [movedFromQuery, setMovedFromQuery] = useState(false);

  useEffect(() => {
    const load = () => {
      const found = readTokenFromLocation(window.location.hash, window.location.search);
      if (found === undefined) return;
      if (found.fromQuery) {
        const url = `${window.location.pathname}${stripTokenParameters(window.location.search)}#token=${found.token}`;
        window.history.replaceState(window.history.state, '', url);
        setMovedFromQuery(true);
      }
      setInput(found.token);
    };
    load();
    window.addEventListener('hashchange', load);
    return () => window.removeEventListener('hashchange', load);
  }, [setInput]);

  return movedFromQuery;
}
