/**
 * The root: error boundary, then a storage failure (full screen) or the app itself —
 * the sign-in screen until someone signs in, their shell after. The shell is keyed by the
 * person, so a switch of user starts every screen afresh, holding nothing of the last one.
 */
import { Suspense } from 'react';
import { useSessionStore, selectUser } from '../client/stores/sessionStore';
import { useUiStore } from '../client/stores/uiStore';
import { AppErrorBoundary } from './errors/AppErrorBoundary';
import { StorageErrorScreen } from './errors/StorageErrorScreen';
import { useStorageErrors } from './errors/useStorageErrors';
import { SignInScreen } from './signin/SignInScreen';
import { LazyShell } from './shell/loadShell';

export function App() {
  return (
    <AppErrorBoundary>
      <AppContent />
    </AppErrorBoundary>
  );
}

function AppContent() {
  useStorageErrors();
  const storageError = useUiStore((state) => state.storageError);
  const user = useSessionStore(selectUser);
  if (storageError) return <StorageErrorScreen reason={storageError} />;
  if (!user) return <SignInScreen />;
  // The shell loads apart from the sign-in screen (`loadShell`): the wordless splash until it is there.
  return (
    <Suspense fallback={<div className="boot-splash" aria-hidden="true" />}>
      <LazyShell key={user.id} user={user} />
    </Suspense>
  );
}
