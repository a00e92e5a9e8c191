using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;

namespace Slim.Docker.Build.Rendering;

/// <summary>
/// The strict context every render uses. Scriban builds an accessor for each .NET type a template reads members of
/// (the model's nested records) by reflection, once per context; the accessors depend only on the type and on the
/// settings fixed here, so they are built once per process and shared.
/// </summary>
internal sealed class RenderContext : TemplateContext
{
    private static readonly ConcurrentDictionary<Type, IObjectAccessor> TypedAccessors = new();

    public RenderContext()
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        MemberRenamer = StandardMemberRenamer.Default;
        NewLine = "\n";
        LoopLimit = 10_000;
        RecursiveLimit = 100;
    }

    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var type = target.GetType();
        if (TypedAccessors.TryGetValue(type, out var shared))
        {
            return shared;
        }

        var accessor = base.GetMemberAccessorImpl(target);
        if (accessor is TypedObjectAccessor)
        {
            TypedAccessors.TryAdd(type, accessor);
        }

        return accessor;
    }
}
