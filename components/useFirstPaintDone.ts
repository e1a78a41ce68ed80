/**
 * Whether the page's first content has been painted: false during the renders that make the first frame, true
 * from the render after it (at once in a page that painted long ago). For what the eye does not need in the first
 * frame, so that it is not laid out and painted with it.
 */
import { useEffect, useState } from 'preact/hooks';
import { whenIdle } from './whenIdle';

const painted = () =>
  typeof performance !== 'undefined' && performance.getEntriesByName('first-contentful-paint').length > 0;

export function useFirstPaintDone(): boolean {
  const [done, setDone] = useState(painted);
  useEffect(() => {
    if (done) return;
    return whenIdle(() => setDone(true));
  }, [done]);
  return done;
}
