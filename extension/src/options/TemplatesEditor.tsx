import { BUILTIN_TEMPLATES } from "@tally/shared";
import { useEffect, useState } from "react";
import { templateExists, type TallySettings } from "~settings/settings";
import { parseTemplatesJson } from "./phrase-form";
import { t } from "~i18n";

interface Props {
  settings: TallySettings;
  update(next: TallySettings): Promise<void>;
}

const asJson = (value: unknown[]) => (value.length ? JSON.stringify(value, null, 2) : "");

/** The default template picker and the user's own templates as JSON (validated before saving). */
export function TemplatesEditor({ settings, update }: Props) {
  const [text, setText] = useState(asJson(settings.templates));
  const [errors, setErrors] = useState<string[]>([]);
  useEffect(() => setText(asJson(settings.templates)), [settings.templates]);

  const choices = [
    ...settings.templates.map((tpl) => ({ id: tpl.id, name: tpl.name })),
    ...BUILTIN_TEMPLATES.filter((b) => !settings.templates.some((u) => u.id === b.id)).map((b) => ({ id: b.id, name: b.name })),
  ];
  const current = settings.template && templateExists(settings, settings.template) ? settings.template : "";

  const save = async () => {
    const result = parseTemplatesJson(text);
    if (!result.ok) return setErrors(result.errors);
    setErrors([]);
    await update({ ...settings, templates: result.templates });
  };

  return (
    <section aria-labelledby="templates-heading">
      <h2 id="templates-heading">{t("templates_heading")}</h2>
      <p className="muted">{t("templates_hint")}</p>
      <label className="field-inline">
        {t("template_default")}
        <select name="default-template" value={current} onChange={(e) => void update({ ...settings, template: e.target.value })}>
          <option value="">{t("template_auto")}</option>
          {choices.map((c) => <option key={c.id} value={c.id}>{c.name}（{c.id}）</option>)}
        </select>
      </label>
      <label className="form-stack">
        <span>{t("templates_json")}</span>
        <textarea name="templates-json" rows={8} spellCheck={false} value={text} aria-invalid={errors.length ? true : undefined} onChange={(e) => setText(e.target.value)} />
      </label>
      {errors.map((e) => <p key={e} className="error field-error" data-error-for="templates" role="alert">{e}</p>)}
      <button onClick={() => void save()}>{t("action_save_templates")}</button>
    </section>
  );
}
