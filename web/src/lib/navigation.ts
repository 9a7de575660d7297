let navigate: (path: string) => void = (path) => window.location.assign(path);

/** Lets code outside components (the query caches) navigate with the router once it is mounted. */
export const registerNavigate = (fn: (path: string) => void): void => {
  navigate = fn;
};

/** Navigates with the router when available, else with a full page load. */
export const navigateTo = (path: string): void => navigate(path);
