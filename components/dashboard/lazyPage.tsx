/** A dashboard page whose code loads when it is first shown, so opening the week view parses only what it needs. */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ErrorNotice, Loading } from '../Notice';

export function lazyPage<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): ComponentType<Props> {
  let loaded: ComponentType<Props> | null = null;
  let loading: Promise<ComponentType<Props>> | null = null;
  return function LazyPage(props: Props) {
    const [state, setState] = useState<{ page: ComponentType<Props> | null; error: unknown }>({
      page: loaded,
      error: null,
    });
    useEffect(() => {
      if (state.page) return;
      loading ??= load();
      loading.then(
        (page) => {
          loaded = page;
          setState({ page, error: null });
        },
        (error: unknown) => {
          loading = null; // the next visit tries again
          setState({ page: null, error });
        },
      );
    }, [state.page]);
    if (state.error !== null) return <ErrorNotice error={state.error} />;
    if (!state.page) return <Loading />;
    const Page = state.page;
    return <Page {...props} />;
  };
}
