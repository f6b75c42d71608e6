import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { lazy, Suspense } from "react";
import { Route, Switch } from "wouter";
import { HomePage } from "./home/HomePage.tsx";
import { PlanPage } from "./plan/PlanPage.tsx";
import { ErrorBoundary } from "./ui/ErrorBoundary.tsx";
import { Header } from "./ui/Header.tsx";
import { NotFound } from "./ui/NotFound.tsx";
import { PageLoading } from "./ui/PageLoading.tsx";
import { StatusProvider } from "./ui/status.tsx";
import { UnitsProvider } from "./ui/units.tsx";

// Setup runs the engine in the browser (validation, file import): loaded when it is opened.
const SetupPage = lazy(() => import("./setup/SetupPage.tsx"));

const queryClient = new QueryClient({
  defaultOptions: {
    // A 4xx will not mend itself; a dropped connection may.
    queries: {
      retry: (count, error) => count < 2 && !("status" in error && Number(error.status) >= 400),
    },
  },
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <UnitsProvider>
        <StatusProvider>
          <a className="skip-link" href="#main">
            Skip to content
          </a>
          <Header />
          <main id="main" tabIndex={-1}>
            <ErrorBoundary what="This page">
              <Suspense fallback={<PageLoading what="the setup" />}>
                <Switch>
                  <Route path="/" component={HomePage} />
                  <Route path="/new" component={SetupPage} />
                  <Route path="/plans/:id">{(params) => <PlanPage id={params.id} />}</Route>
                  <Route component={NotFound} />
                </Switch>
              </Suspense>
            </ErrorBoundary>
          </main>
        </StatusProvider>
      </UnitsProvider>
    </QueryClientProvider>
  );
}
