using AdaptiveLearning.Application.Analytics;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Content;
using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Analytics.ListWeakItems;

internal sealed class ListWeakItemsValidator : Validator<ListWeakItemsRequest>
{
    public ListWeakItemsValidator()
    {
        RuleFor(r => r.Node).Must(p => p is null || HierarchyPath.TryParse(p, out _)).WithMessage("Not a hierarchy path.");
        RuleFor(r => r.Sort).Must(s => s is null || WireNames.TryParse(s, out WeakItemSort _))
            .WithMessage($"Use one of: {string.Join(", ", WireNames.All<WeakItemSort>())}.");
        RuleFor(r => r.MinAttempts).GreaterThanOrEqualTo(0);
        RuleFor(r => r.Cursor).Must(c => KeysetCursor.TryDecode(c, out _)).WithMessage("Not a cursor from a previous page.");
        RuleFor(r => r.Limit).InclusiveBetween(1, WeakItemsSpecification.MaxLimit);
    }
}
