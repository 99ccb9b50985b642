/** The plan's year, the expected reporters and the periods, loaded once per deadline rules. */
import { useEffect, useState } from "react";
import { usePane } from "../context";
import type { Basics } from "../services";
import { errorText } from "../components/useAction";

export function useBasics(): { basics: Basics | null; error: string | null } {
  const { services, settings, t } = usePane();
  const [basics, setBasics] = useState<Basics | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { fifthOnTime, shiftOffDays } = settings.deadlines;
  useEffect(() => {
    let live = true;
    services.basics({ fifthOnTime, shiftOffDays }).then(
      (b) => live && setBasics(b),
      (err) => live && setError(errorText(t, err)),
    );
    return () => {
      live = false;
    };
  }, [services, fifthOnTime, shiftOffDays, t]);
  return { basics, error };
}
