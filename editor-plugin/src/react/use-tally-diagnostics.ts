import { useEffect, useState } from "react";
import type { Editor } from "@tiptap/core";
import type { TallyDiagnostic } from "../diagnostics";

/**
 * The editor's current diagnostics, re-read after every transaction (the plugin updates
 * `editor.storage.tallyChecker` before Tiptap emits "transaction").
 */
export function useTallyDiagnostics(editor: Editor | null | undefined): readonly TallyDiagnostic[] {
  const [diagnostics, setDiagnostics] = useState<readonly TallyDiagnostic[]>(() => read(editor));
  useEffect(() => {
    if (!editor) return;
    const update = () => setDiagnostics(read(editor));
    update();
    editor.on("transaction", update);
    return () => {
      editor.off("transaction", update);
    };
  }, [editor]);
  return diagnostics;
}

function read(editor: Editor | null | undefined): readonly TallyDiagnostic[] {
  if (!editor || editor.isDestroyed) return [];
  return editor.storage.tallyChecker?.diagnostics ?? [];
}
