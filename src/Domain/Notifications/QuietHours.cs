namespace AdaptiveLearning.Domain.Notifications;

/// <summary>Local wall-clock hours without reminders; <see cref="Start"/> after <see cref="End"/> spans midnight (22:00–08:00).</summary>
public sealed record QuietHours(TimeOnly Start, TimeOnly End)
{
    public bool Contains(TimeOnly local) => Start <= End
        ? local >= Start && local < End
        : local >= Start || local < End;
}
