// The demo's weekly plan: this week's plan for the sample network, made afresh so a rebuilt demo shows a current plan.
import type { AppContext } from './app-context.ts';
import { weeklyPlan, type PlanView } from './plan.ts';

export async function demoPlan(context: AppContext, options: { today?: string } = {}): Promise<PlanView> {
  return weeklyPlan(context, { replan: true, today: options.today });
}
