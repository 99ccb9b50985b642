/** A labelled drop-down of the plan year's reporting periods, with each one's deadline. */
import { Dropdown, Field, Option } from "@fluentui/react-components";
import { usePane } from "../context";
import type { PeriodChoice } from "../services";

export const dmy = (iso: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
};

export function PeriodPicker({
  periods,
  value,
  onChange,
  disabled,
}: {
  periods: PeriodChoice[];
  value: string;
  onChange(code: string): void;
  disabled?: boolean;
}) {
  const { t } = usePane();
  const selected = periods.find((p) => p.code === value);
  return (
    <Field label={t("taskpane.period")}>
      <Dropdown
        value={selected ? selected.name : ""}
        selectedOptions={selected ? [selected.code] : []}
        onOptionSelect={(_, d) => d.optionValue && onChange(d.optionValue)}
        disabled={disabled}
        placeholder={t("taskpane.period.placeholder")}
      >
        {periods.map((p) => (
          <Option key={p.code} value={p.code} text={p.name}>
            {t("taskpane.period.option", { name: p.name, deadline: dmy(p.deadline) })}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
