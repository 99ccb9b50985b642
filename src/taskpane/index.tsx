import { createRoot } from "react-dom/client";
import { App } from "./App";
import { detectHost } from "./host";
import { createServices } from "./services/real";

void detectHost().then((host) => {
  const root = createRoot(document.getElementById("root") as HTMLElement);
  const page = new URLSearchParams(window.location.search).get("page") ?? undefined;
  root.render(<App host={host} services={createServices(host.mode)} initialPage={page} />);
});
