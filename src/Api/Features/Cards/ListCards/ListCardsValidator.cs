using AdaptiveLearning.Application.Cards;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Domain.Content;
using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Cards.ListCards;

internal sealed class ListCardsValidator : Validator<ListCardsRequest>
{
    public ListCardsValidator()
    {
        RuleFor(r => r.State).IsInEnum();
        RuleFor(r => r.Node).Must(n => n is null || HierarchyPath.TryParse(n, out _)).WithMessage("Not a hierarchy path.");
        RuleFor(r => r.After).Must(a => KeysetCursor.TryDecode(a, out _)).WithMessage("Not a cursor from a previous page.");
        RuleFor(r => r.Cursor).Must(a => KeysetCursor.TryDecode(a, out _)).WithMessage("Not a cursor from a previous page.");
        RuleFor(r => r.Limit).InclusiveBetween(1, CardListSpecification.MaxLimit);
    }
}
