/** The main menu: the window's tasks, each a digit away. */
import { useApp } from "ink"
import { useCounter } from "../context.ts"
import { t } from "../strings.ts"
import { Frame } from "../ui/Frame.tsx"
import { Menu } from "../ui/Menu.tsx"

export const Home = () => {
  const { locale, dispatch, baseUrl } = useCounter()
  const app = useApp()
  const go = (route: Parameters<typeof dispatch>[0]) => () => dispatch(route)
  return (
    <Frame title={`${t(locale, "home")}  (${baseUrl})`} keys={["move", "open", "choose", "quit"]}>
      <Menu
        choices={[
          { label: t(locale, "menuQueue"), run: go({ type: "push", route: { screen: "queue" } }) },
          { label: t(locale, "menuWalkIn"), run: go({ type: "push", route: { screen: "walk-in" } }) },
          { label: t(locale, "menuPublicity"), run: go({ type: "push", route: { screen: "publicity" } }) },
          {
            label: t(locale, "menuCertificates"),
            run: go({ type: "push", route: { screen: "certificates" } }),
          },
          { label: t(locale, "menuRosters"), run: go({ type: "push", route: { screen: "rosters" } }) },
          { label: t(locale, "menuCalendar"), run: go({ type: "push", route: { screen: "calendar" } }) },
          { label: t(locale, "menuQuit"), run: () => app.exit() },
        ]}
        onKey={(input) => {
          if (input === "q") app.exit()
        }}
      />
    </Frame>
  )
}
