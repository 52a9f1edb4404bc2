namespace AdaptiveLearning.Application.Cards.ChangeCard;

public enum CardChange
{
    Suspend,
    Unsuspend,
    /// <summary>Hide until the learner's next day starts.</summary>
    Bury,
    /// <summary>Forget all progress: the card becomes new.</summary>
    Reset,
    SetDue,
}
