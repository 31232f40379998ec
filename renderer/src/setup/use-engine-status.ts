import { useEffect, useState } from 'react';
import type { EngineStatusData } from '../../../shared/ipc/routes/engine';
import { useApi } from '../api/api-context';

/** The local engine's status: asked once, then kept current by engine.status events. */
export function useEngineStatus(): [EngineStatusData | null, (s: EngineStatusData) => void] {
  const api = useApi();
  const [status, setStatus] = useState<EngineStatusData | null>(null);
  useEffect(() => {
    let live = true;
    void api.engine.status({}).then((r) => {
      if (live && r.ok) setStatus(r.value);
    });
    const off = api.on('engine.status', setStatus);
    return () => {
      live = false;
      off();
    };
  }, [api]);
  return [status, setStatus];
}
