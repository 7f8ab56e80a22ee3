import { useEffect } from 'react';
import { call } from './api/client';
import { Shell } from './components/Shell';
import { HomeScreen } from './screens/HomeScreen';
import { ImportScreen } from './screens/import/ImportScreen';
import { RegistryScreen } from './screens/registry/RegistryScreen';
import { SetupScreen } from './screens/setup/SetupScreen';
import { PackagesScreen } from './screens/packages/PackagesScreen';
import { ScoringScreen } from './screens/scoring/ScoringScreen';
import { ResultsScreen } from './screens/results/ResultsScreen';
import { ProtocolScreen } from './screens/protocol/ProtocolScreen';
import { MergeScreen } from './screens/merge/MergeScreen';
import { PaperScreen } from './screens/paper/PaperScreen';
import { useUi } from './state/ui';
import { useOpenedPackages } from './api/useOpenedPackages';

export function App() {
  const route = useUi((s) => s.route);
  const setLanguage = useUi((s) => s.setLanguage);
  const language = useUi((s) => s.language);

  useEffect(() => {
    call('settings:get').then((s) => setLanguage(s.language), () => undefined);
  }, [setLanguage]);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  useOpenedPackages();

  return (
    <Shell>
      {route.name === 'home' && <HomeScreen />}
      {route.name === 'setup' && <SetupScreen key={route.contestId} contestId={route.contestId} />}
      {route.name === 'import' && <ImportScreen key={route.contestId} contestId={route.contestId} />}
      {route.name === 'registry' && <RegistryScreen key={route.contestId} contestId={route.contestId} />}
      {route.name === 'packages' && <PackagesScreen key={route.contestId} contestId={route.contestId} />}
      {route.name === 'merge' && <MergeScreen key={route.contestId} contestId={route.contestId} />}
      {route.name === 'paper' && <PaperScreen key={route.contestId} contestId={route.contestId} />}
      {route.name === 'results' && <ResultsScreen key={route.contestId} contestId={route.contestId} />}
      {route.name === 'protocol' && <ProtocolScreen key={route.contestId} contestId={route.contestId} />}
      {route.name === 'scoring' && <ScoringScreen key={route.workspaceId} workspaceId={route.workspaceId} />}
    </Shell>
  );
}
