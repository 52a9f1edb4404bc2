namespace AdaptiveLearning.Application.Cards.ListCards;

/// <param name="NextCursor">Pass as <c>after</c> to get the next page; null on the last page.</param>
public sealed record CardPage(IReadOnlyList<CardView> Items, string? NextCursor);
