/**
 * A part of a page whose code loads only when the part is first shown: the page's first frame does not wait for
 * it, and it appears a moment later (what `fallback` renders, or nothing, in its place meanwhile; a failure is
 * logged).
 */
import type { ComponentChildren, ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function lazyPart<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
  what: string,
  fallback: () => ComponentChildren = () => null,
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
    if (!part) return <>{fallback()}</>;
    const Part = part.component;
    return <Part {...props} />;
  };
}
