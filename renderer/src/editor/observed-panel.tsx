import { useEffect, useState } from 'react';
import type { DraftEvidence } from '../../../shared/domain/draft';
import { useApi } from '../api/api-context';
import { describeObserved, describeSources } from './describe-evidence';

interface ObservedPanelProps {
  productId: number;
  /** Read again whenever the draft is saved: sources follow the text and confirmations. */
  revision: number;
}

/** "What the model saw" and where each attribute's value comes from, beside the fields. */
export function ObservedPanel({ productId, revision }: ObservedPanelProps) {
  const api = useApi();
  const [evidence, setEvidence] = useState<DraftEvidence | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void api.drafts.evidence({ productId }).then((result) => {
      if (!live) return;
      if (result.ok) {
        setEvidence(result.value);
        setProblem(null);
      } else setProblem(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [api, productId, revision]);
  if (problem) return <p className="editor-problem">{problem}</p>;
  if (!evidence) return null;
  return (
    <details className="observed" open>
      <summary>What the model saw</summary>
      <ul aria-label="What the model saw">
        {describeObserved(evidence.observed).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {evidence.readText.trim() && <p className="observed-read">Text the app read off the photos: “{evidence.readText.trim()}”</p>}
      <table aria-label="Where each attribute comes from">
        <tbody>
          {describeSources(evidence.sources).map((row) => (
            <tr key={row.key} className={row.unconfirmed ? 'source-unconfirmed' : undefined}>
              <th scope="row">{row.label}</th>
              <td>{row.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
