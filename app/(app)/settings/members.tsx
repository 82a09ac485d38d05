"use client";
import { useActionState, useEffect, useRef } from "react";
import { ConfirmButton } from "@/components/confirm-button";
import { Field, describedBy } from "@/components/field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { INITIAL_ACTION_STATE } from "@/lib/http/action-state";
import { t, type Locale } from "@/lib/i18n";
import { addMemberAction, changeRoleAction, removeMemberAction } from "./actions";

const ROLES = ["owner", "member", "viewer"] as const;
type Role = (typeof ROLES)[number];
export interface MemberRow { id: string; email: string; name: string | null; role: Role; isSelf: boolean }

function MemberItem({ member, locale, canManage }: { member: MemberRow; locale: Locale; canManage: boolean }) {
  const [roleState, roleAction] = useActionState(changeRoleAction.bind(null, member.id), INITIAL_ACTION_STATE);
  const [removeState, removeAction] = useActionState(removeMemberAction.bind(null, member.id), INITIAL_ACTION_STATE);
  const roleSelectId = `role-${member.id}`;
  return (
    <tr>
      <td>
        <div className="table__label">{member.name ?? member.email}{member.isSelf ? <span className="muted small"> ({t(locale, "settings.you")})</span> : null}</div>
        {member.name ? <div className="table__sub">{member.email}</div> : null}
        <FormMessage error={roleState.error ?? removeState.error} />
      </td>
      <td>
        {canManage ? (
          <form action={roleAction} className="actions">
            <label htmlFor={roleSelectId} className="sr-only">{t(locale, "settings.changeRole")}: {member.email}</label>
            <select id={roleSelectId} name="role" className="select" defaultValue={member.role} key={member.role}
              onChange={(event) => event.currentTarget.form?.requestSubmit()}>
              {ROLES.map((role) => <option key={role} value={role}>{t(locale, `role.${role}`)}</option>)}
            </select>
            <noscript><button type="submit" className="btn btn--small">{t(locale, "common.save")}</button></noscript>
          </form>
        ) : (
          <span className="badge badge--role">{t(locale, `role.${member.role}`)}</span>
        )}
      </td>
      {canManage ? (
        <td className="num">
          <form action={removeAction}>
            <ConfirmButton isSmall label={t(locale, "settings.remove")} question={t(locale, "settings.removeConfirm", { email: member.email })}
              confirmLabel={t(locale, "settings.remove")} cancelLabel={t(locale, "common.cancel")} />
          </form>
        </td>
      ) : null}
    </tr>
  );
}

function AddMemberForm({ locale }: { locale: Locale }) {
  const [state, action] = useActionState(addMemberAction, INITIAL_ACTION_STATE);
  const formRef = useRef<HTMLFormElement>(null);
  const errors = state.fieldErrors ?? {};
  useEffect(() => { if (state.savedAt) formRef.current?.reset(); }, [state.savedAt]);
  return (
    <form ref={formRef} className="form" action={action}>
      <h3>{t(locale, "settings.addMember")}</h3>
      <FormMessage error={state.error} notice={state.notice} />
      <div className="row">
        <Field id="member-email" label={t(locale, "settings.memberEmail")} error={errors.email}>
          <input className="input" type="email" {...describedBy("member-email", undefined, errors.email)} name="email" defaultValue={state.values?.email} required autoComplete="off" />
        </Field>
        <Field id="member-role" label={t(locale, "settings.memberRole")} error={errors.role}>
          <select className="select" {...describedBy("member-role", undefined, errors.role)} name="role" key={state.values?.role ?? "member"} defaultValue={state.values?.role ?? "member"}>
            {ROLES.map((role) => <option key={role} value={role}>{t(locale, `role.${role}`)}</option>)}
          </select>
        </Field>
      </div>
      <Field id="member-password" label={t(locale, "settings.memberPassword")} hint={t(locale, "settings.memberPasswordHint")} error={errors.password}
        isOptional optionalText={t(locale, "common.optional")}>
        <input className="input" type="password" {...describedBy("member-password", "hint", errors.password)} name="password" autoComplete="new-password" />
      </Field>
      <div><SubmitButton label={t(locale, "settings.add")} pendingLabel={t(locale, "common.saving")} /></div>
    </form>
  );
}

export function Members({ locale, members, canManage }: { locale: Locale; members: MemberRow[]; canManage: boolean }) {
  return (
    <div className="stack">
      <div className="table-wrap">
        <table className="table">
          <caption className="sr-only">{t(locale, "settings.members")}</caption>
          <thead>
            <tr>
              <th scope="col">{t(locale, "settings.memberEmail")}</th>
              <th scope="col">{t(locale, "settings.memberRole")}</th>
              {canManage ? <th scope="col"><span className="sr-only">{t(locale, "settings.remove")}</span></th> : null}
            </tr>
          </thead>
          <tbody>{members.map((m) => <MemberItem key={m.id} member={m} locale={locale} canManage={canManage} />)}</tbody>
        </table>
      </div>
      {canManage ? <AddMemberForm locale={locale} /> : null}
    </div>
  );
}
