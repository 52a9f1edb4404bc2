using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Application.Progress;

namespace AdaptiveLearning.Application.Progress.GetDashboard;

/// <param name="Topics">Progress per topic (the hierarchy's first level).</param>
public sealed record Dashboard(
    NodeProgress Overall,
    IReadOnlyList<NodeProgress> Topics,
    IReadOnlyList<DueForecastDay> Forecast,
    int StreakDays,
    StudiedToday StudiedToday,
    int NewCardsLeftToday,
    int ReviewsLeftToday);
