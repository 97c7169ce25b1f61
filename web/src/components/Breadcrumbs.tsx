import { Breadcrumb, BreadcrumbBar, BreadcrumbLink } from '@trussworks/react-uswds';
import { Link } from 'react-router';

/** USWDS breadcrumbs with the router's links: where this page sits, the last crumb being the page itself. */
export function Breadcrumbs({ trail, current }: { trail: [to: string, label: string][]; current: string }) {
  const crumbs = [
    ...trail.map(([to, label]) => (
      <Breadcrumb key={to}>
        <BreadcrumbLink asCustom={Link} to={to}>
          <span>{label}</span>
        </BreadcrumbLink>
      </Breadcrumb>
    )),
    <Breadcrumb key="current" current>
      <span>{current}</span>
    </Breadcrumb>,
  ];
  return <BreadcrumbBar className="app-no-print">{crumbs}</BreadcrumbBar>;
}
