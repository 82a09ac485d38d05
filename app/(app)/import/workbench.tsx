"use client";
/** Drop or choose several bank files; each gets its own card (progress, preview, mapping, commit). */
import { useRef, useState, type DragEvent } from "react";
import { t, type Locale } from "@/lib/i18n";
import { FileCard, type AccountOption } from "./file-card";
import { formatBytes } from "./upload";

interface Entry { id: number; file: File }

export function ImportWorkbench({ locale, accounts, maxBytes, initialTarget }: { locale: Locale; accounts: AccountOption[]; maxBytes: number; initialTarget: string }) {
  const [entries, setEntries] = useState<Entry[]>([]);
  const [rejected, setRejected] = useState<string[]>([]);
  const [isDragging, setDragging] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const nextId = useRef(1);
  const limit = formatBytes(maxBytes, locale);

  function add(files: FileList | null) {
    if (!files) return;
    const accepted: Entry[] = [];
    const tooLarge: string[] = [];
    for (const file of Array.from(files)) {
      if (file.size > maxBytes) tooLarge.push(t(locale, "import.tooLarge", { name: file.name, size: limit }));
      else accepted.push({ id: nextId.current++, file });
    }
    setRejected(tooLarge);
    setEntries((current) => [...accepted, ...current]);
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    add(event.dataTransfer.files);
  }

  return (
    <div className="stack">
      <div className={`dropzone${isDragging ? " dropzone--active" : ""}`}
        onDragOver={(e) => { e.preventDefault(); setDragging(true); }} onDragLeave={() => setDragging(false)} onDrop={onDrop}>
        <p className="dropzone__title">{t(locale, "import.drop")}</p>
        <p className="muted">{t(locale, "import.or")}</p>
        <button type="button" className="btn btn--primary" onClick={() => inputRef.current?.click()}>{t(locale, "import.choose")}</button>
        <input ref={inputRef} type="file" multiple hidden aria-label={t(locale, "import.choose")}
          accept=".ofx,.qfx,.qif,.csv,.txt,.tsv,.xml,.camt,.053,.052,.054,.sta,.mt940,.940,text/csv,application/xml,text/xml"
          onChange={(e) => { add(e.target.files); e.target.value = ""; }} />
        <p className="small muted" style={{ marginTop: 12 }}>{t(locale, "import.limit", { size: limit })}</p>
      </div>
      {rejected.length ? <div className="alert alert--error" role="alert">{rejected.map((r) => <p key={r}>{r}</p>)}</div> : null}
      <ul className="file-list">
        {entries.map((entry) => (
          <FileCard key={entry.id} locale={locale} file={entry.file} accounts={accounts} initialTarget={initialTarget}
            onRemove={() => setEntries((current) => current.filter((e) => e.id !== entry.id))} />
        ))}
      </ul>
    </div>
  );
}
