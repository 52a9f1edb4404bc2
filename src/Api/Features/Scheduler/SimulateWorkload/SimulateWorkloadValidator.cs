using AdaptiveLearning.Application.Scheduler.SimulateWorkload;
using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Scheduler.SimulateWorkload;

internal sealed class SimulateWorkloadValidator : Validator<SimulateWorkloadRequest>
{
    public SimulateWorkloadValidator()
    {
        RuleFor(r => r.DesiredRetention).InclusiveBetween(SimulateWorkloadCommand.MinRetention, SimulateWorkloadCommand.MaxRetention);
        RuleFor(r => r.Days).InclusiveBetween(1, SimulateWorkloadCommand.MaxDays);
        RuleFor(r => r.NewCardsPerDay).InclusiveBetween(0, 1000);
    }
}
