"""首页 Home: who is signed in, their roles, and what they may do (grouped by area)."""

from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from app.views.common.typography import heading
from app.services.language import current_is_chinese
from app.services.placeholders import fill
from app.services.session import ConsoleSession

AREAS = {"loan": ("贷款", "Loans"), "customer": ("客户", "Customers"), "funds": ("资金", "Funds"),
         "recon": ("对账", "Reconciliation"), "report": ("报表", "Reports"), "admin": ("系统管理", "Administration"),
         "audit": ("审计", "Audit"), "pii": ("个人信息", "Personal data")}


class HomeScreen(QWidget):
    def __init__(self, session: ConsoleSession, parent=None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        zh = current_is_chinese()
        me = session.me
        roles = "、".join(r.label_zh for r in me.roles) if zh else ", ".join(r.label_en for r in me.roles)
        greeting = heading(fill(self.tr("Welcome, %1"), me.display_name), 1.5)
        layout.addWidget(greeting)
        # The user name is an identifier (it signs in), so it stands apart from the sentence about the roles.
        who = QLabel(fill(self.tr("Signed in as %1"), me.username))
        who.setObjectName("homeUserName")
        who.setProperty("identifier", True)
        who.setProperty("role", "muted")
        role_line = QLabel(fill(self.tr("Roles: %1"), roles or "—"))
        role_line.setObjectName("homeRoles")
        role_line.setProperty("role", "muted")
        layout.addWidget(who)
        layout.addWidget(role_line)
        caption = QLabel(self.tr("What you may do"))
        caption.setProperty("role", "section")
        layout.addWidget(caption)
        self.tree = QTreeWidget()
        self.tree.setObjectName("permissionTree")
        # Permissions in words: the label and what it allows (the codes stay with the server and the roles screen).
        self.tree.setHeaderLabels([self.tr("Permission"), self.tr("Description")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        by_area: dict[str, list] = {}
        for name in sorted(me.permissions):
            permission = session.registry.get(name)
            if permission:
                by_area.setdefault(permission.area, []).append(permission)
        for area, permissions in by_area.items():
            label = AREAS.get(area, (area, area))
            parent = QTreeWidgetItem([label[0] if zh else label[1]])
            for p in permissions:
                child = QTreeWidgetItem([p.label_zh if zh else p.label_en,
                                         p.description_zh if zh else p.description_en])
                child.setToolTip(1, p.description_zh if zh else p.description_en)
                parent.addChild(child)
            self.tree.addTopLevelItem(parent)
        self.tree.expandAll()
        # The permission's name whole, with air before its description.
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.resizeColumnToContents(0)
        self.tree.setColumnWidth(0, self.tree.columnWidth(0) + 24)
        layout.addWidget(self.tree, 1)

    def refresh(self) -> None:
        pass
