/** How times are shown on screen: UK style, in UK time, whatever the server's time zone. */
const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/London" });
const longDateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/London" });

export const formatDateTime = (value: Date) => dateTime.format(value);
export const formatLongDateTime = (value: Date) => longDateTime.format(value);
