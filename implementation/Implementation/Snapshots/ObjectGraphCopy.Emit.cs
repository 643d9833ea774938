// Snapshots room: the compiled field copies.
using System.Reflection;
using System.Reflection.Emit;

namespace SriovVerification.Implementation.Snapshots;

/// <content>
/// The compiled field copies: per type a dynamic method that, given a fresh clone, replaces each copied field by
/// <see cref="Copy"/> of its value; a struct field's own copied fields are replaced in place, through its address.
/// Read-only fields are written too (the method skips visibility checks, as reflection did).
/// </content>
internal sealed partial class ObjectGraphCopy
{
    private static readonly MethodInfo CopyMethod =
        typeof(ObjectGraphCopy).GetMethod(nameof(Copy), BindingFlags.Instance | BindingFlags.NonPublic, [typeof(object)])!;

    /// <summary>The copy of the fields of a clone of <paramref name="type"/> (a class, or a boxed struct).</summary>
    private static Action<object, ObjectGraphCopy> CompileFields(Type type)
    {
        var method = NewMethod(type);
        var il = method.GetILGenerator();
        if (type.IsValueType)
        {
            EmitFields(il, type, () =>
            {
                il.Emit(OpCodes.Ldarg_0);
                il.Emit(OpCodes.Unbox, type);
            });
        }
        else
        {
            var target = il.DeclareLocal(type);
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Castclass, type);
            il.Emit(OpCodes.Stloc, target);
            EmitFields(il, type, () => il.Emit(OpCodes.Ldloc, target));
        }

        il.Emit(OpCodes.Ret);
        return method.CreateDelegate<Action<object, ObjectGraphCopy>>();
    }

    /// <summary>The copy of the elements of a clone of <paramref name="arrayType"/>, a vector of structs holding copied fields.</summary>
    private static Action<object, ObjectGraphCopy> CompileElements(Type arrayType)
    {
        var element = arrayType.GetElementType()!;
        var method = NewMethod(arrayType);
        var il = method.GetILGenerator();
        var array = il.DeclareLocal(arrayType);
        var index = il.DeclareLocal(typeof(int));
        var loop = il.DefineLabel();
        var test = il.DefineLabel();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Castclass, arrayType);
        il.Emit(OpCodes.Stloc, array);
        il.Emit(OpCodes.Ldc_I4_0);
        il.Emit(OpCodes.Stloc, index);
        il.Emit(OpCodes.Br, test);
        il.MarkLabel(loop);
        EmitFields(il, element, () =>
        {
            il.Emit(OpCodes.Ldloc, array);
            il.Emit(OpCodes.Ldloc, index);
            il.Emit(OpCodes.Ldelema, element);
        });
        il.Emit(OpCodes.Ldloc, index);
        il.Emit(OpCodes.Ldc_I4_1);
        il.Emit(OpCodes.Add);
        il.Emit(OpCodes.Stloc, index);
        il.MarkLabel(test);
        il.Emit(OpCodes.Ldloc, index);
        il.Emit(OpCodes.Ldloc, array);
        il.Emit(OpCodes.Ldlen);
        il.Emit(OpCodes.Conv_I4);
        il.Emit(OpCodes.Blt, loop);
        il.Emit(OpCodes.Ret);
        return method.CreateDelegate<Action<object, ObjectGraphCopy>>();
    }

    private static DynamicMethod NewMethod(Type type) =>
        new("Copy_" + type.Name, null, [typeof(object), typeof(ObjectGraphCopy)], typeof(ObjectGraphCopy).Module, skipVisibility: true);

    /// <summary>
    /// Replaces each copied field of the value <paramref name="loadTarget"/> pushes (an object reference, or the
    /// address of a struct) by its copy; a struct-typed field is entered through its address.
    /// </summary>
    private static void EmitFields(ILGenerator il, Type type, Action loadTarget)
    {
        foreach (var field in CopiedFields(type))
        {
            if (field.FieldType.IsValueType)
            {
                EmitFields(il, field.FieldType, () =>
                {
                    loadTarget();
                    il.Emit(OpCodes.Ldflda, field);
                });
                continue;
            }

            loadTarget();
            il.Emit(OpCodes.Ldarg_1);
            loadTarget();
            il.Emit(OpCodes.Ldfld, field);
            il.Emit(OpCodes.Call, CopyMethod);
            if (field.FieldType != typeof(object))
            {
                il.Emit(OpCodes.Castclass, field.FieldType);
            }

            il.Emit(OpCodes.Stfld, field);
        }
    }
}
