/**
 * A part of the popup whose code loads only once the popup is up: the first frame and the live numbers do not wait
 * for it, and it appears a moment later (nothing is shown in its place meanwhile; a failure is logged).
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function lazyPart<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
  what: string,
): ComponentType<Props> {
  let loaded: ComponentType<Props> | null = null;
  return function LazyPart(props: Props) {
    const [part, setPart] = useState<{ component: ComponentType<Props> } | null>(
      loaded && { component: loaded },
    );
    useEffect(() => {
      if (part) return;
      let mounted = true;
      load().then(
        (component) => {
          loaded = component;
          if (mounted) setPart({ component });
        },
        (error: unknown) => console.error(`[指尖账本] ${what} could not be loaded`, error),
      );
      return () => {
        mounted = false;
      };
    }, [part]);
    if (!part) return null;
    const Part = part.component;
    return <Part {...props} />;
  };
}
