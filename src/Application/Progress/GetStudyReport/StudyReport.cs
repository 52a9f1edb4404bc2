namespace AdaptiveLearning.Application.Progress.GetStudyReport;

/// <summary>My week or month of study, compared with the one before, in my time zone and day start.</summary>
/// <param name="Period">week or month.</param>
/// <param name="From">First learner day of the period.</param>
/// <param name="To">Last learner day of the period.</param>
/// <param name="Complete">Whether the period is over (a report of the period in progress still grows).</param>
/// <param name="TimeZone">The IANA time zone the days and hours are in.</param>
/// <param name="DayStartHour">The local hour at which each day begins.</param>
/// <param name="Totals">The period's answers, accuracy, time, new cards, reviews, points and active days.</param>
/// <param name="Previous">The same for the period before.</param>
/// <param name="Change">This period minus the previous one.</param>
/// <param name="BestDay">The day with the most answers (the earliest of equals); null for an idle period.</param>
/// <param name="MinutesPerActiveDay">Average time on a day studied; null without one.</param>
/// <param name="SecondsPerAnswer">Average time per answer; null without answers.</param>
/// <param name="Days">Every day of the period, with a heatmap level.</param>
/// <param name="ByHour">The 24 local hours of the day, so an app can say when the learner studies best.</param>
public sealed record StudyReport(
    ReportPeriod Period,
    DateOnly From,
    DateOnly To,
    bool Complete,
    string TimeZone,
    int DayStartHour,
    ActivityPeriod Totals,
    ActivityPeriod Previous,
    ReportChange Change,
    ActivityDay? BestDay,
    double? MinutesPerActiveDay,
    double? SecondsPerAnswer,
    IReadOnlyList<ActivityDay> Days,
    IReadOnlyList<HourActivity> ByHour);
