using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Application.Scheduler;
using AdaptiveLearning.Application.Sessions;
using AdaptiveLearning.Domain.Scheduling;

namespace AdaptiveLearning.Application.Scheduler.SimulateWorkload;

/// <summary>Plays the learner's cards forward with their FSRS weights to forecast daily reviews for a desired retention.</summary>
internal sealed class SimulateWorkloadHandler(SessionLoader loader, ISchedulerQueries queries, IClock clock)
    : IHandler<SimulateWorkloadCommand, WorkloadForecast>
{
    // A fixed seed: the same question asked twice gets the same answer, and two retentions are compared on equal luck.
    private const int Seed = 20240601;

    public async Task<WorkloadForecast> HandleAsync(SimulateWorkloadCommand request, CancellationToken ct)
    {
        var learner = await loader.LearnerAsync(request.UserId, ct);
        var schedule = LearnerSchedule.For(learner);
        var cards = await queries.CardsAsync(request.UserId, ct);
        var now = clock.UtcNow;
        var perDay = WorkloadSimulator.ReviewsPerDay(new WorkloadSimulationRequest(cards, schedule.Settings.FsrsParameters,
            request.DesiredRetention, request.Days, request.NewCardsPerDay, Seed, now, schedule.Calendar));
        var today = schedule.Calendar.DayNumber(now);
        return new WorkloadForecast(request.DesiredRetention,
            perDay.Select((reviews, i) => new WorkloadDay(DateOnly.FromDayNumber(today + i), reviews)).ToList(), perDay.Sum());
    }
}
