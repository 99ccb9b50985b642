import { createRoot } from "react-dom/client";
import { App } from "./App";
import { detectHost } from "./host";

void detectHost().then((host) => {
  const root = createRoot(document.getElementById("root") as HTMLElement);
  const page = new URLSearchParams(window.location.search).get("page") ?? undefined;
  root.render(<App host={host} initialPage={page} />);
});
