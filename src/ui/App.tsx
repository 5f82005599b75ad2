/**
 * The root: error boundary, then a storage failure (full screen) or the app itself —
 * the sign-in screen until someone signs in, their shell after. The shell is keyed by the
 * person, so a switch of user starts every screen afresh, holding nothing of the last one.
 */
import { useSessionStore, selectUser } from '../client/stores/sessionStore';
import { useUiStore } from '../client/stores/uiStore';
import { AppErrorBoundary } from './errors/AppErrorBoundary';
import { StorageErrorScreen } from './errors/StorageErrorScreen';
import { useStorageErrors } from './errors/useStorageErrors';
import { SignInScreen } from './signin/SignInScreen';
import { Shell } from './shell/Shell';

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
  return user ? <Shell key={user.id} user={user} /> : <SignInScreen />;
}
