import { useCallback, useEffect, useRef, useState } from 'react';
import type { Problem } from '../../shared/problem';
import { problemsOf } from './client';

/** Loads data through the client and reloads on demand; stale answers are dropped. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]) {
  const [data, setData] = useState<T | undefined>(undefined);
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const [loading, setLoading] = useState(true);
  const generation = useRef(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const run = useCallback(load, deps);
  const reload = useCallback(async () => {
    const mine = ++generation.current;
    setLoading(true);
    try {
      const value = await run();
      if (mine !== generation.current) return;
      setData(value);
      setProblems(null);
    } catch (e) {
      if (mine === generation.current) setProblems(problemsOf(e));
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }, [run]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, problems, loading, reload, setData };
}
