/**
 * The root: error boundary, then a storage failure (full screen) or the app itself —
 * the first-run screen until someone says who is using the device, the shell after.
 */
import { useSessionStore, selectUser } from '../client/stores/sessionStore';
import { useUiStore } from '../client/stores/uiStore';
import { AppErrorBoundary } from './errors/AppErrorBoundary';
import { StorageErrorScreen } from './errors/StorageErrorScreen';
import { useStorageErrors } from './errors/useStorageErrors';
import { FirstRunScreen } from './firstRun/FirstRunScreen';
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
  return user ? <Shell user={user} /> : <FirstRunScreen />;
}
