using AdaptiveLearning.Domain.Common;

namespace AdaptiveLearning.Api.OpenApi;

/// <summary>
/// A string request field that takes one of an enum's wire names: the document lists them as its <c>enum</c>,
/// from the same naming rule the server parses with (<see cref="WireNames"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class WireEnumAttribute(Type enumType) : Attribute
{
    public IReadOnlyList<string> Values { get; } = (IReadOnlyList<string>)typeof(WireNames).GetMethod(nameof(WireNames.All))!
        .MakeGenericMethod(enumType).Invoke(null, null)!;
}
