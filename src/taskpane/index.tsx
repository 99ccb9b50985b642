import { createRoot } from "react-dom/client";
import { App } from "./App";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { detectHost } from "./host";
import { createServices } from "./services/real";

void detectHost().then((host) => {
  const root = createRoot(document.getElementById("root") as HTMLElement);
  const page = new URLSearchParams(window.location.search).get("page") ?? undefined;
  root.render(
    <ErrorBoundary lang={host.lang}>
      <App host={host} services={createServices(host.mode)} initialPage={page} />
    </ErrorBoundary>,
  );
});
