/** The session secret of the end-to-end servers, known to the tests so that they can forge and expire cookies. */
export const e2eAuthSecret = "e2e-only-secret-never-used-elsewhere-0123456789";

/** The protective-monitoring webhook's shared secret on the end-to-end servers, known to the tests so that they can sign alerts. */
export const e2eMonitoringSecret = "e2e-only-monitoring-secret-0123456789abcdef";
