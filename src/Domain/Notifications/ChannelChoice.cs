namespace AdaptiveLearning.Domain.Notifications;

/// <summary>Where one type of notification goes.</summary>
public sealed record ChannelChoice(bool InApp, bool Email)
{
    public bool Any => InApp || Email;
}
