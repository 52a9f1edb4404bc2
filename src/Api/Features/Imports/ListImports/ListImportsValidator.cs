using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Imports;
using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Imports.ListImports;

internal sealed class ListImportsValidator : Validator<ListImportsRequest>
{
    public ListImportsValidator()
    {
        RuleFor(r => r.Cursor).Must(c => KeysetCursor.TryDecode(c, out _)).WithMessage("Not a cursor from a previous page.");
        RuleFor(r => r.Limit).InclusiveBetween(1, ImportJobFilter.MaxLimit);
        RuleFor(r => r.To).GreaterThan(r => r.From).When(r => r.From is not null && r.To is not null);
    }
}
